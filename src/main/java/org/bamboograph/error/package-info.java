/** Error codes, coded exceptions and readable messages in GraphQL's words, naming no Java class or path. */
package org.bamboograph.error;

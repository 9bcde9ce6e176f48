/** Error codes and the rewriting of every GraphQL error into a coded, readable one, naming no Java class or path. */
package org.bamboograph.error;

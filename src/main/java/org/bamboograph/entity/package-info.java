/** The JPA superclass of every dated record: its version, its partial date and the span columns the filters read. */
package org.bamboograph.entity;

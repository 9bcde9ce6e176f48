/** Relay connections: pages, edges, page info and the strict cursors handed out with them. */
package org.bamboograph.paging;

/** Bounded work: what an operation may cost, how large its answer and how long it may run, and how many heavy ones run at once. */
package org.bamboograph.limit;

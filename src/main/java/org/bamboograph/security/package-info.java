/** Editor tokens: minting them for local use, dropping ones that do not verify, refusing ones issued in the future. */
package org.bamboograph.security;

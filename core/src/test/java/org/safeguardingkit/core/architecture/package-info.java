/** Architecture tests of core: layering, package cycles, API/SPI/internal separation, immutability of values. */
package org.safeguardingkit.core.architecture;

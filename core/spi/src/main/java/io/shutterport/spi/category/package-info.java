/** Event categories (七五三, weddings, pets, …) contributed by plugins. */
package io.shutterport.spi.category;

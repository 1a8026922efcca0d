/** Pet photography categories. */
package io.shutterport.plugin.category.pets;

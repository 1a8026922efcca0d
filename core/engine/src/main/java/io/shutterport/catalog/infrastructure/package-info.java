/** JPA access to profiles and plans. */
package io.shutterport.catalog.infrastructure;

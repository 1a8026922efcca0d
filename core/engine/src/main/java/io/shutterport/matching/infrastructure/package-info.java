/** JPA access to shoot requests and proposals. */
package io.shutterport.matching.infrastructure;

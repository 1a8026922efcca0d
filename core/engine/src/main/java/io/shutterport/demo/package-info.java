/**
 * Demo marketplaces (さくらフォト for family ceremonies, Paws &amp; Shutter for pets) so that a newcomer
 * sees a living site at once. Seeded at start when {@code shutterport.demo} is true and the tenants
 * do not exist yet.
 */
package io.shutterport.demo;

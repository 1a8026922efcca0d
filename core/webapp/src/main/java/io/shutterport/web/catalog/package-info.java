/** Categories, search, photographer profiles and plans: API and pages. */
package io.shutterport.web.catalog;

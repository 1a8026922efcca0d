/** The notification centre's API and page. */
package io.shutterport.web.activity;

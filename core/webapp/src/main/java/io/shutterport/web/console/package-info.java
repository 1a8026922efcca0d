/** The platform console (marketplaces, plugins) and the operators' console settings. */
package io.shutterport.web.console;

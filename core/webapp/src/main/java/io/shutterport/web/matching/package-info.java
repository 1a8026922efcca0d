/** The web face of matching: おまかせ, shoot requests and proposals, ranking factors. */
package io.shutterport.web.matching;

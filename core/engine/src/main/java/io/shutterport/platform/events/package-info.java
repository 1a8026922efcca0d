/** Events that several features fire or observe without knowing each other. */
package io.shutterport.platform.events;

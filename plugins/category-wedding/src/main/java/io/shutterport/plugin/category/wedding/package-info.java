/** Wedding shoots: 前撮り (pre-wedding), engagement and maternity, with their date rules. */
package io.shutterport.plugin.category.wedding;

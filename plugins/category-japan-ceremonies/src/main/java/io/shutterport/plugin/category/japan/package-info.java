/** Japanese family ceremonies: 七五三, お宮参り, 入学・卒業, 成人式. */
package io.shutterport.plugin.category.japan;

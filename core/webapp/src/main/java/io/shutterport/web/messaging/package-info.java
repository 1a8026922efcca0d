/** Conversations in real time: WebSocket endpoints fed by the cluster bus. */
package io.shutterport.web.messaging;

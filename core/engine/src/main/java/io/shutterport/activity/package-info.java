/**
 * What happened to a user: the in-app notification centre, e-mail preferences, and the notifier
 * that turns booking steps and reminders into notifications and mails.
 */
package io.shutterport.activity;

/** The one closed set of errors that use cases and outbound ports answer with. */
package io.devicestatus.application.error;

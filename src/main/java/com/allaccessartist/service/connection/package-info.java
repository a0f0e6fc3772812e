/** Saved connections, "Test connection" with a reason for every failure, and opening a catalogue. */
package com.allaccessartist.service.connection;

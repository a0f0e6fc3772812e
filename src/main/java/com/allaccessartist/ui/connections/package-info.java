/**
 * The connection manager (File → Connections…): saved profiles, an editor with a check per field
 * ({@link com.allaccessartist.ui.connections.ProfileEditor}), Test connection with the reason a
 * connection fails, Save, Remove and "Use this connection", which makes a profile active and
 * returns to sign-in. Passwords and passphrases typed here are never saved.
 */
package com.allaccessartist.ui.connections;

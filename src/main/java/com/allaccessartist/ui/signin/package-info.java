/**
 * Sign-in and first run. {@link com.allaccessartist.ui.signin.SignInViewModel} opens the active
 * catalogue through a {@link com.allaccessartist.ui.signin.CatalogueGate} (asking first for an
 * encrypted file's passphrase or the PostgreSQL password), then asks for email and password, or
 * hands over to {@link com.allaccessartist.ui.signin.FirstRunViewModel}, which creates the first
 * account and the organization it owns. Errors (wrong password, locked account, unreachable
 * server) are shown inline; Enter submits.
 */
package com.allaccessartist.ui.signin;

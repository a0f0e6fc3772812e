/** Creating people: their users and user_profiles rows, and accounts created by an administrator. */
package com.allaccessartist.service.people;

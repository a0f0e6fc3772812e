/** Artists and people's permissions on them (with the collaborator revenue share of the seed). */
package com.allaccessartist.domain.artist;

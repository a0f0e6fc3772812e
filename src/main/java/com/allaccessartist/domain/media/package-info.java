/** Images stored in the catalogue (artist pictures, cover art, logos), referred to as {@code media:<id>}. */
package com.allaccessartist.domain.media;

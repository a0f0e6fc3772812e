/**
 * Releases and songs (recordings), and the identifier value types label staff check our work
 * against: {@link com.allaccessartist.domain.catalog.Isrc} (ISO 3901),
 * {@link com.allaccessartist.domain.catalog.Upc} (UPC-A / EAN-13),
 * {@link com.allaccessartist.domain.catalog.Iswc} (ISO 15707),
 * {@link com.allaccessartist.domain.catalog.IpiNameNumber} and
 * {@link com.allaccessartist.domain.catalog.Slug}. Each parses what people type in its usual
 * forms, stores one normal form, and explains every refusal with a message key.
 */
package com.allaccessartist.domain.catalog;

/** Events platforms report (analytics_events) and income lines (revenue_streams), exact decimals with a currency. */
package com.allaccessartist.domain.analytics;

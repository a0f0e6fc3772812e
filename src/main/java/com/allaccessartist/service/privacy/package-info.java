/** The person's own data under the GDPR, through the schema's export_user_data() function. */
package com.allaccessartist.service.privacy;

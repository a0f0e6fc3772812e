#!/usr/bin/env python3
"""Generates the JPA entities of the v3.0 schema (one per table) with every column mapped.

Column kinds:
  uuid, text, bool, int, long, decimal, instant, date, json (Map<String,String>), jsonobj
  (Map<String,Object>), array (List<String> stored as an SQL array), enum:<Type>, inet (text),
  bytes (byte[]: BYTEA on PostgreSQL, BINARY LARGE OBJECT on H2; copied in and out)
Flags: id, version, dbdefault (insertable=false: the database fills it, read back after insert),
       updated (updated_at: the database sets it on every update), notnull
"""
import os
import re

ROOT = os.path.join(os.path.dirname(__file__), '..', 'src', 'main', 'java', 'com', 'allaccessartist', 'domain')

JAVA = {
    'uuid': 'UUID', 'text': 'String', 'bool': 'Boolean', 'int': 'Integer', 'long': 'Long',
    'decimal': 'BigDecimal', 'instant': 'Instant', 'date': 'LocalDate', 'json': 'Map<String, String>',
    'jsonobj': 'Map<String, Object>', 'array': 'List<String>', 'inet': 'InetAddress', 'bytes': 'byte[]',
}

TABLES = [
 ('identity', 'User', 'users', 'A person who can sign in (seed: users).', [
   ('id', 'uuid', 'id'), ('email', 'text', 'notnull'), ('email_verified', 'bool', 'init=false'),
   ('phone', 'text', ''), ('phone_verified', 'bool', 'init=false'),
   ('created_at', 'instant', 'dbdefault'), ('updated_at', 'instant', 'updated'), ('last_login_at', 'instant', ''),
   ('is_active', 'bool', 'init=true'), ('db_role', 'text', ''), ('version', 'long', 'version')]),
 ('identity', 'UserProfile', 'user_profiles', 'A person\'s profile, billing and preferences (seed: user_profiles).', [
   ('user_id', 'uuid', 'id assigned'), ('first_name', 'text', ''), ('last_name', 'text', ''), ('display_name', 'text', ''),
   ('bio', 'text', ''), ('profile_image_url', 'text', ''), ('timezone', 'text', 'init="UTC"'), ('language', 'text', 'init="en"'),
   ('billing_address', 'json', 'init=new LinkedHashMap<>()'), ('payment_method_last4', 'text', ''),
   ('subscription_status', 'text', 'init="free"'), ('subscription_expires_at', 'instant', ''),
   ('referral_code', 'text', 'dbdefault'), ('referred_by', 'uuid', ''), ('referral_credits', 'int', 'init=0'),
   ('email_notifications', 'bool', 'init=true'), ('push_notifications', 'bool', 'init=true'),
   ('marketing_emails', 'bool', 'init=false'),
   ('created_at', 'instant', 'dbdefault'), ('updated_at', 'instant', 'updated'), ('version', 'long', 'version')]),
 ('identity', 'UserCredential', 'user_credentials', 'A local (H2) account\'s password hash and lockout state (addition to the seed).', [
   ('user_id', 'uuid', 'id assigned'), ('password_hash', 'text', 'notnull'), ('failed_attempts', 'int', 'init=0 notnull'),
   ('locked_until', 'instant', ''), ('password_changed_at', 'instant', 'notnull'), ('version', 'long', 'version')]),
 ('org', 'Organization', 'organizations', 'A label, management company, publisher, distributor or studio (seed: organizations).', [
   ('id', 'uuid', 'id'), ('name', 'text', 'notnull'), ('type', 'enum:OrganizationType', 'notnull'), ('description', 'text', ''),
   ('website_url', 'text', ''), ('logo_url', 'text', ''), ('contact_email', 'text', ''), ('contact_phone', 'text', ''),
   ('address', 'json', 'init=new LinkedHashMap<>()'), ('tax_id', 'text', ''), ('business_registration', 'text', ''),
   ('is_active', 'bool', 'init=true'), ('is_verified', 'bool', 'init=false'), ('created_by', 'uuid', 'notnull'),
   ('created_at', 'instant', 'dbdefault'), ('updated_at', 'instant', 'updated'), ('version', 'long', 'version')]),
 ('org', 'OrganizationMembership', 'user_organization_roles', 'A person\'s role and permission flags in an organization (seed: user_organization_roles).', [
   ('id', 'uuid', 'id'), ('user_id', 'uuid', 'notnull'), ('organization_id', 'uuid', 'notnull'),
   ('role', 'enum:OrganizationRole', 'notnull'), ('can_manage_artists', 'bool', 'init=false'),
   ('can_manage_releases', 'bool', 'init=false'), ('can_manage_finances', 'bool', 'init=false'),
   ('can_manage_users', 'bool', 'init=false'), ('granted_by', 'uuid', 'notnull'), ('granted_at', 'instant', 'dbdefault'),
   ('expires_at', 'instant', ''), ('is_active', 'bool', 'init=true'), ('version', 'long', 'version')]),
 ('artist', 'Artist', 'artists', 'A creative act: a person, band, duo or collective (seed: artists).', [
   ('id', 'uuid', 'id'), ('name', 'text', 'notnull'), ('slug', 'text', 'notnull'), ('type', 'enum:ArtistType', 'init=ArtistType.INDIVIDUAL'),
   ('bio', 'text', ''), ('genre', 'text', ''), ('subgenres', 'array', 'init=new ArrayList<>()'), ('location', 'text', ''),
   ('formed_date', 'date', ''), ('profile_image_url', 'text', ''), ('banner_image_url', 'text', ''),
   ('website_url', 'text', ''), ('spotify_url', 'text', ''), ('apple_music_url', 'text', ''), ('youtube_url', 'text', ''),
   ('instagram_url', 'text', ''), ('tiktok_url', 'text', ''), ('twitter_url', 'text', ''), ('organization_id', 'uuid', ''),
   ('is_public', 'bool', 'init=true'), ('is_verified', 'bool', 'init=false'), ('is_active', 'bool', 'init=true'),
   ('created_by', 'uuid', 'notnull'), ('created_at', 'instant', 'dbdefault'), ('updated_at', 'instant', 'updated'),
   ('version', 'long', 'version')]),
 ('artist', 'ArtistPermission', 'user_artist_permissions', 'A person\'s role, permission flags and revenue share on an artist (seed: user_artist_permissions).', [
   ('id', 'uuid', 'id'), ('user_id', 'uuid', 'notnull'), ('artist_id', 'uuid', 'notnull'), ('role', 'enum:ArtistRole', 'notnull'),
   ('can_edit_profile', 'bool', 'init=false'), ('can_manage_releases', 'bool', 'init=false'), ('can_manage_songs', 'bool', 'init=false'),
   ('can_manage_finances', 'bool', 'init=false'), ('can_manage_social', 'bool', 'init=false'), ('can_view_analytics', 'bool', 'init=false'),
   ('can_invite_collaborators', 'bool', 'init=false'), ('revenue_share_percentage', 'decimal', 'init=new BigDecimal("0.00") scale=2 precision=5'),
   ('granted_by', 'uuid', 'notnull'), ('granted_at', 'instant', 'dbdefault'), ('expires_at', 'instant', ''),
   ('is_active', 'bool', 'init=true'), ('version', 'long', 'version')]),
 ('catalog', 'Release', 'releases', 'A product (single, EP, album...) with its track listing (seed: releases).', [
   ('id', 'uuid', 'id'), ('artist_id', 'uuid', 'notnull'), ('title', 'text', 'notnull'), ('slug', 'text', 'notnull'),
   ('type', 'enum:ReleaseType', 'notnull'), ('status', 'enum:ReleaseStatus', 'init=ReleaseStatus.DRAFT'), ('description', 'text', ''),
   ('genre', 'text', ''), ('subgenres', 'array', 'init=new ArrayList<>()'), ('language', 'text', 'init="en"'),
   ('explicit_content', 'bool', 'init=false'), ('release_date', 'date', ''), ('original_release_date', 'date', ''),
   ('created_at', 'instant', 'dbdefault'), ('updated_at', 'instant', 'updated'), ('cover_art_url', 'text', ''),
   ('cover_art_high_res_url', 'text', ''), ('upc_code', 'text', ''), ('catalog_number', 'text', ''), ('label_name', 'text', ''),
   ('distributor', 'text', ''), ('streaming_links', 'json', 'init=new LinkedHashMap<>()'), ('purchase_links', 'json', 'init=new LinkedHashMap<>()'),
   ('total_streams', 'long', 'init=0L'), ('total_downloads', 'long', 'init=0L'), ('peak_chart_position', 'int', ''),
   ('copyright_year', 'int', ''), ('copyright_holder', 'text', ''), ('producer_credits', 'array', 'init=new ArrayList<>()'),
   ('is_public', 'bool', 'init=true'), ('allow_streaming', 'bool', 'init=true'), ('allow_download', 'bool', 'init=false'),
   ('version', 'long', 'version')]),
 ('catalog', 'Song', 'songs', 'A recording on a release, at a disc and track position (seed: songs).', [
   ('id', 'uuid', 'id'), ('release_id', 'uuid', 'notnull'), ('artist_id', 'uuid', 'notnull'), ('title', 'text', 'notnull'),
   ('track_number', 'int', 'notnull'), ('disc_number', 'int', 'init=1'), ('duration_seconds', 'int', ''), ('tempo_bpm', 'int', ''),
   ('key_signature', 'text', ''), ('time_signature', 'text', 'init="4/4"'), ('explicit_content', 'bool', 'init=false'),
   ('instrumental', 'bool', 'init=false'), ('language', 'text', 'init="en"'), ('isrc_code', 'text', ''),
   ('writers', 'array', 'init=new ArrayList<>()'), ('producers', 'array', 'init=new ArrayList<>()'),
   ('featured_artists', 'array', 'init=new ArrayList<>()'), ('audio_file_url', 'text', ''), ('preview_url', 'text', ''),
   ('waveform_data', 'jsonobj', ''), ('play_count', 'long', 'init=0L'),
   ('skip_rate', 'decimal', 'init=new BigDecimal("0.00") scale=2 precision=5'),
   ('completion_rate', 'decimal', 'init=new BigDecimal("0.00") scale=2 precision=5'),
   ('created_at', 'instant', 'dbdefault'), ('updated_at', 'instant', 'updated'), ('version', 'long', 'version'),
   ('work_id', 'uuid', '')]),
 ('audit', 'AuditLogEntry', 'audit_log', 'One recorded change of a row (seed: audit_log). Written by the database, read by the app.', [
   ('id', 'uuid', 'id'), ('table_name', 'text', 'notnull'), ('record_id', 'uuid', 'notnull'), ('action', 'enum:AuditAction', 'notnull'),
   ('old_values', 'jsonobj', ''), ('new_values', 'jsonobj', ''), ('changed_by', 'uuid', 'notnull'),
   ('changed_at', 'instant', 'notnull'), ('ip_address', 'inet', ''), ('user_agent', 'text', '')]),
 ('analytics', 'AnalyticsEvent', 'analytics_events', 'Streams, downloads and other events a platform reported (analytics_events).', [
   ('id', 'uuid', 'id'), ('occurred_at', 'instant', 'notnull'), ('event_type', 'enum:AnalyticsEventType', 'notnull'),
   ('artist_id', 'uuid', 'notnull'), ('release_id', 'uuid', ''), ('song_id', 'uuid', ''), ('platform', 'text', 'notnull'),
   ('territory', 'text', 'length=2'), ('quantity', 'long', 'init=1L notnull'), ('properties', 'jsonobj', 'init=new LinkedHashMap<>()'),
   ('created_at', 'instant', 'dbdefault')]),
 ('analytics', 'RevenueLine', 'revenue_streams', 'One income line as a distributor or society reported it (revenue_streams): exact amount and its currency.', [
   ('id', 'uuid', 'id'), ('period_start', 'date', 'notnull'), ('period_end', 'date', 'notnull'), ('artist_id', 'uuid', 'notnull'),
   ('release_id', 'uuid', ''), ('song_id', 'uuid', ''), ('source', 'text', 'notnull'), ('revenue_type', 'enum:RevenueType', 'notnull'),
   ('territory', 'text', 'length=2'), ('format', 'text', ''), ('quantity', 'long', 'init=0L notnull'),
   ('amount', 'decimal', 'notnull scale=6 precision=18'), ('currency', 'text', 'notnull length=3'), ('statement_reference', 'text', ''),
   ('reported_at', 'instant', 'dbdefault'), ('created_at', 'instant', 'dbdefault')]),
 ('media', 'MediaAsset', 'media_assets', 'An image stored in the catalogue, referred to as {@code media:<id>} (addition to the seed). Never changed once stored.', [
   ('id', 'uuid', 'id'), ('sha256', 'text', 'notnull length=64'), ('content_type', 'text', 'notnull length=50'),
   ('size_bytes', 'int', 'notnull'), ('width', 'int', 'notnull'), ('height', 'int', 'notnull'),
   ('bytes', 'bytes', 'notnull'), ('created_by', 'uuid', 'notnull'), ('created_at', 'instant', 'dbdefault')]),
 ('catalog', 'Work', 'works', 'A musical work (composition): title, ISWC, and its writers and publishers on its publishing split sheet (addition to the seed). Songs are recordings of works ({@code songs.work_id}).', [
   ('id', 'uuid', 'id'), ('artist_id', 'uuid', 'notnull'), ('title', 'text', 'notnull length=300'), ('iswc', 'text', 'length=11'),
   ('created_by', 'uuid', ''), ('created_at', 'instant', 'dbdefault notnull'), ('updated_at', 'instant', 'updated notnull'),
   ('version', 'long', 'version')]),
 ('splits', 'SplitSheet', 'split_sheets', 'Who is paid for a song (master sheet) or a work (publishing sheet), and whether the parties agreed (addition to the seed). Its content is its versions; {@code currentVersion} is the number of the latest (0 before the first).', [
   ('id', 'uuid', 'id'), ('kind', 'enum:SheetKind', 'notnull length=20'), ('song_id', 'uuid', ''), ('work_id', 'uuid', ''),
   ('artist_id', 'uuid', 'notnull'), ('status', 'enum:SheetStatus', 'init=SheetStatus.DRAFT notnull length=20'),
   ('current_version', 'int', 'init=0 notnull'), ('agreed_at', 'instant', ''), ('agreed_by', 'uuid', ''),
   ('created_at', 'instant', 'dbdefault notnull'), ('updated_at', 'instant', 'updated notnull'), ('version', 'long', 'version')]),
 ('splits', 'SplitSheetVersion', 'split_sheet_versions', 'One version of a split sheet, never changed once stored (addition to the seed): its number, the sheet\'s status as of it, the total of its shares, a note.', [
   ('id', 'uuid', 'id'), ('sheet_id', 'uuid', 'notnull'), ('version_number', 'int', 'notnull'),
   ('status', 'enum:SheetStatus', 'notnull length=20'), ('total', 'decimal', 'notnull scale=2 precision=5'),
   ('note', 'text', 'length=500'), ('created_by', 'uuid', ''), ('created_at', 'instant', 'dbdefault notnull')]),
 ('splits', 'SplitLine', 'split_lines', 'One party of a split sheet version: a person of the catalogue or an outside party, with full legal name, role, IPI, society and share (addition to the seed). Never changed once stored.', [
   ('id', 'uuid', 'id'), ('version_id', 'uuid', 'notnull'), ('position', 'int', 'notnull'), ('user_id', 'uuid', ''),
   ('party_name', 'text', 'notnull length=200'), ('role', 'enum:SplitRole', 'notnull length=30'), ('ipi', 'text', 'length=11'),
   ('society', 'text', 'length=100'), ('share', 'decimal', 'notnull scale=2 precision=5')]),
]


def camel(col):
    parts = col.split('_')
    name = parts[0] + ''.join(p.capitalize() for p in parts[1:])
    return name


def prop(col):
    """Java property name: is_active -> active, is_public -> public_ -> visible etc."""
    if col.startswith('is_'):
        return camel(col[3:])
    return camel(col)


def flag_value(flags, key):
    m = re.search(key + r'=((?:new [^ ]+\([^)]*\))|[^ ]+)', flags)
    return m.group(1) if m else None


def generate(pkg, cls, table, doc, cols):
    imports = {'jakarta.persistence.Column', 'jakarta.persistence.Entity', 'jakarta.persistence.Table', 'jakarta.persistence.Id'}
    fields, accessors = [], []
    ctor_id = None
    for col, kind, flags in cols:
        p = prop(col)
        if p in ('public', 'default'):
            p = p + 'Flag'
        annotations = []
        jtype = JAVA.get(kind)
        if kind.startswith('enum:'):
            jtype = kind.split(':')[1]
            annotations.append(f'@Convert(converter = {jtype}.Converter.class)')
            imports.add('jakarta.persistence.Convert')
            if jtype == 'AuditAction' and pkg != 'audit':
                pass
        if 'id' in flags.split():
            annotations.insert(0, '@Id')
            if 'assigned' not in flags:
                ctor_id = p
        if kind == 'json' or kind == 'jsonobj':
            annotations.append('@JdbcTypeCode(SqlTypes.JSON)')
            imports.update({'org.hibernate.annotations.JdbcTypeCode', 'org.hibernate.type.SqlTypes', 'java.util.Map'})
            if 'LinkedHashMap' in flags:
                imports.add('java.util.LinkedHashMap')
        if kind == 'array':
            annotations.append('@JdbcTypeCode(SqlTypes.ARRAY)')
            imports.update({'org.hibernate.annotations.JdbcTypeCode', 'org.hibernate.type.SqlTypes', 'java.util.List', 'java.util.ArrayList'})
        if kind == 'inet':
            annotations.append('@JdbcTypeCode(SqlTypes.INET)')
            imports.update({'org.hibernate.annotations.JdbcTypeCode', 'org.hibernate.type.SqlTypes', 'java.net.InetAddress'})
        if kind == 'bytes':
            # LONG32VARBINARY: a BLOB on H2 and a BYTEA on PostgreSQL, as the migrations create them
            annotations.append('@JdbcTypeCode(SqlTypes.LONG32VARBINARY)')
            imports.update({'org.hibernate.annotations.JdbcTypeCode', 'org.hibernate.type.SqlTypes'})
        if kind == 'uuid':
            imports.add('java.util.UUID')
        if kind == 'decimal':
            imports.add('java.math.BigDecimal')
        if kind == 'instant':
            imports.add('java.time.Instant')
        if kind == 'date':
            imports.add('java.time.LocalDate')
        colattrs = [f'name = "{col}"']
        if 'notnull' in flags.split() or 'id' in flags.split() or 'version' in flags.split():
            colattrs.append('nullable = false')
        for key in ('length', 'precision', 'scale'):
            v = flag_value(flags, key)
            if v:
                colattrs.append(f'{key} = {v}')
        if 'dbdefault' in flags.split():
            colattrs += ['insertable = false', 'updatable = false']
            annotations.append('@Generated(event = EventType.INSERT)')
            imports.update({'org.hibernate.annotations.Generated', 'org.hibernate.generator.EventType'})
        if 'updated' in flags.split():
            colattrs += ['insertable = false', 'updatable = false']
            # read back after insert only: a generated value on UPDATE makes Hibernate use
            # UPDATE ... RETURNING, which reports a stale version as a missing generated value instead
            # of an optimistic lock failure (see service.ConcurrentEdits); refresh where it is needed
            annotations.append('@Generated(event = EventType.INSERT)')
            imports.update({'org.hibernate.annotations.Generated', 'org.hibernate.generator.EventType'})
        if 'version' in flags.split():
            annotations.append('@Version')
            imports.add('jakarta.persistence.Version')
        annotations.append('@Column(' + ', '.join(colattrs) + ')')
        init = flag_value(flags, 'init')
        decl = f'    private {jtype} {p}' + (f' = {init}' if init else '') + ';'
        fields.append('\n'.join('    ' + a for a in annotations) + '\n' + decl)
        cap = p[0].upper() + p[1:]
        readonly = any(f in flags.split() for f in ('id', 'version', 'dbdefault', 'updated'))
        if kind == 'array':
            accessors.append(f'    public List<String> get{cap}() {{\n        return {p} == null ? List.of() : List.copyOf({p});\n    }}')
            accessors.append(f'    public void set{cap}(List<String> {p}) {{\n        this.{p} = {p} == null ? new ArrayList<>() : new ArrayList<>({p});\n    }}')
        elif kind == 'bytes':
            accessors.append(f'    public byte[] get{cap}() {{\n        return {p} == null ? null : {p}.clone();\n    }}')
            accessors.append(f'    public void set{cap}(byte[] {p}) {{\n        this.{p} = {p} == null ? null : {p}.clone();\n    }}')
        elif kind in ('json', 'jsonobj'):
            gen = 'String, String' if kind == 'json' else 'String, Object'
            accessors.append(f'    public Map<{gen}> get{cap}() {{\n        return {p} == null ? Map.of() : java.util.Collections.unmodifiableMap({p});\n    }}')
            accessors.append(f'    public void set{cap}(Map<{gen}> {p}) {{\n        this.{p} = {p} == null ? null : new java.util.LinkedHashMap<>({p});\n    }}')
        else:
            getter = ('is' if jtype == 'Boolean' and False else 'get') + cap
            accessors.append(f'    public {jtype} {getter}() {{\n        return {p};\n    }}')
            if not readonly or 'assigned' in flags:
                if not ('id' in flags.split()):
                    accessors.append(f'    public void set{cap}({jtype} {p}) {{\n        this.{p} = {p};\n    }}')
    lines = [f'package com.allaccessartist.domain.{pkg};', '']
    other = sorted(i for i in imports if not i.startswith('java.'))
    javas = sorted(i for i in imports if i.startswith('java.'))
    for i in other:
        lines.append(f'import {i};')
    for i in javas:
        lines.append(f'import {i};')
    if 'jakarta.persistence.Convert' in imports:
        for col, kind, flags in cols:
            if kind.startswith('enum:'):
                t = kind.split(':')[1]
                where = {'AuditAction': 'audit', 'OrganizationType': 'org', 'OrganizationRole': 'org', 'ArtistType': 'artist',
                         'ArtistRole': 'artist', 'ReleaseType': 'catalog', 'ReleaseStatus': 'catalog',
                         'AnalyticsEventType': 'analytics', 'RevenueType': 'analytics',
                         'SheetKind': 'splits', 'SheetStatus': 'splits', 'SplitRole': 'splits'}[t]
                if where != pkg:
                    lines.append(f'import com.allaccessartist.domain.{where}.{t};')
    lines += ['', '/**', f' * {doc}', ' * <p>Generated by {@code tools/gen_entities.py} from the column table there; every column', ' * of the table is mapped. Columns the database fills (defaults) are read back after insert;', ' * {@code updated_at} is set by the database on every update and is current after a refresh.', ' */',
              '@Entity', f'@Table(name = "{table}")', f'public class {cls} {{', '']
    lines.append('\n\n'.join(fields))
    lines.append('')
    lines.append(f'    /** For Hibernate. */\n    protected {cls}() {{\n    }}')
    lines.append('')
    assigned_id = [prop(c) for c, k, f in cols if 'assigned' in f]
    if ctor_id:
        lines.append(f'    /** A new, not yet saved row with a fresh id. */\n    public static {cls} create() {{\n        {cls} row = new {cls}();\n        row.{ctor_id} = UUID.randomUUID();\n        return row;\n    }}')
        lines.append('')
        lines.append(f'    /** A new, not yet saved row with a given id (reproducible demo data, imports). */\n    public static {cls} withId(UUID id) {{\n        {cls} row = new {cls}();\n        row.{ctor_id} = id;\n        return row;\n    }}')
    else:
        p = assigned_id[0]
        lines.append(f'    /** A new, not yet saved row for the given user. */\n    public static {cls} forUser(UUID userId) {{\n        {cls} row = new {cls}();\n        row.{p} = userId;\n        return row;\n    }}')
    lines.append('')
    lines.append('\n\n'.join(accessors))
    lines.append('}')
    src = '\n'.join(lines) + '\n'
    os.makedirs(os.path.join(ROOT, pkg), exist_ok=True)
    with open(os.path.join(ROOT, pkg, cls + '.java'), 'w') as f:
        f.write(src)


for t in TABLES:
    generate(*t)
print('generated', len(TABLES), 'entities')

-- Schema version 1: the parts catalog.
--
-- Conventions
--   * Every value with a unit is a number in the unit named by the column's
--     suffix (_v volt, _kv kilovolt, _a ampere, _mm, _mm2, _n newton, _c degree
--     Celsius, _g gram, _mj megajoule, _mohm milliohm, _deg degree).
--   * NULL means "no source states this value". Nothing is guessed.
--   * AWG ranges keep the datasheet's order: min_awg belongs to min_mm2 (the
--     thinner conductor, the larger AWG number).

CREATE TABLE source (
    id          INTEGER PRIMARY KEY,
    reference   TEXT NOT NULL UNIQUE,          -- 'D1', 'W1', or a datasheet file name
    kind        TEXT NOT NULL CHECK (kind IN ('datasheet', 'web', 'reference', 'user', 'synthetic')),
    title       TEXT NOT NULL,
    location    TEXT,                          -- file path or address the data came from
    imported_at TEXT                           -- ISO 8601 date and time of the import
);

CREATE TABLE part_kind (
    code         TEXT PRIMARY KEY,
    label        TEXT NOT NULL,
    is_connector INTEGER NOT NULL CHECK (is_connector IN (0, 1)),
    gender       TEXT CHECK (gender IN ('female', 'male')),
    mounted      INTEGER CHECK (mounted IN (0, 1)) -- 1: for mounted installation by its kind
);

INSERT INTO part_kind (code, label, is_connector, gender, mounted) VALUES
    ('socket',                'Socket',                 1, 'female', NULL),
    ('plug',                  'Plug',                   1, 'male',   NULL),
    ('snap_in_socket',        'Snap-in socket',         1, 'female', 1),
    ('snap_in_plug',          'Snap-in plug',           1, 'male',   1),
    ('locking_lever',         'Locking lever',          0, NULL,     NULL),
    ('lockout_cap',           'Lockout cap',            0, NULL,     NULL),
    ('protective_cap',        'Protective cap',         0, NULL,     NULL),
    ('strain_relief_housing', 'Strain relief housing',  0, NULL,     NULL),
    ('marker_card',           'Marker card',            0, NULL,     NULL),
    ('snap_in_frame',         'Snap-in frame',          0, NULL,     NULL),
    ('operating_tool',        'Operating tool',         0, NULL,     NULL);

CREATE TABLE part (
    id                          INTEGER PRIMARY KEY,
    item_number                 TEXT NOT NULL UNIQUE,
    description                 TEXT NOT NULL,
    origin                      TEXT NOT NULL DEFAULT 'user'
                                CHECK (origin IN ('catalog', 'import', 'user')),
    source_id                   INTEGER NOT NULL REFERENCES source (id),
    updated_at                  TEXT,

    -- identity
    family                      TEXT,
    kind                        TEXT REFERENCES part_kind (code),
    gender                      TEXT CHECK (gender IN ('female', 'male')),
    poles                       INTEGER CHECK (poles > 0),
    potentials                  INTEGER CHECK (potentials > 0),
    connection_points           INTEGER CHECK (connection_points > 0),
    coding                      TEXT,
    colour                      TEXT,
    cover_colour                TEXT,
    cross_section_mm2           REAL CHECK (cross_section_mm2 > 0),
    cross_section_awg           INTEGER,
    mounting                    TEXT CHECK (mounting IN ('flying', 'snap-in', 'pcb', 'distribution')),
    variant                     TEXT,              -- e.g. 'with direct ground contact'
    application                 TEXT,
    url                         TEXT,

    -- connection data
    connection_technology       TEXT,
    actuation_type              TEXT,
    strip_length_mm             REAL CHECK (strip_length_mm > 0),
    conductor_entry_angle_deg   REAL,

    -- dimensions
    pin_spacing_mm              REAL CHECK (pin_spacing_mm > 0),
    width_mm                    REAL CHECK (width_mm > 0),
    height_mm                   REAL CHECK (height_mm > 0),
    depth_mm                    REAL CHECK (depth_mm > 0),
    length_mm                   REAL CHECK (length_mm > 0),

    -- mechanical data and plug-in connection
    variable_coding             INTEGER CHECK (variable_coding IN (0, 1)),
    marking                     TEXT,
    potential_marking           TEXT,
    mating_force_min_n          REAL,
    mating_force_max_n          REAL,
    unmating_force_min_n        REAL,
    unmating_force_max_n        REAL,
    retention_force_locked_min_n REAL,
    mating_cycles               INTEGER CHECK (mating_cycles > 0),
    protection_type             TEXT,              -- as delivered, e.g. IP20
    protection_type_secured     TEXT,              -- mated and with strain relief housing
    contact_type                TEXT,
    connector_connection        TEXT,
    mismating_protection        INTEGER CHECK (mismating_protection IN (0, 1)),
    locking_lever               TEXT,
    locking_type                TEXT,
    contact_resistance_mohm     REAL,
    transition_resistance_mohm  REAL,

    -- attributes of accessories, as their descriptions state them
    cable_count                 INTEGER CHECK (cable_count > 0),
    cable_od_min_mm             REAL,
    cable_od_max_mm             REAL,
    panel_thickness_min_mm      REAL,
    panel_thickness_max_mm      REAL,
    operation                   TEXT CHECK (operation IN ('manual', 'tool')),
    for_mounting                TEXT CHECK (for_mounting IN ('flying', 'snap-in', 'pcb', 'distribution')),
    for_kinds                   TEXT,              -- e.g. 'sockets', 'sockets and plugs'
    separable                   INTEGER CHECK (separable IN (0, 1)),
    material                    TEXT,
    blade_width_mm              REAL,
    blade_thickness_mm          REAL,

    -- material data
    material_group              TEXT,
    insulation_material         TEXT,
    flammability_class          TEXT,
    clamping_spring_material    TEXT,
    contact_material            TEXT,
    contact_plating             TEXT,
    fire_load_mj                REAL CHECK (fire_load_mj >= 0),
    weight_g                    REAL CHECK (weight_g > 0),

    -- environmental requirements
    processing_temp_min_c       REAL,
    processing_temp_max_c       REAL,
    operating_temp_min_c        REAL,
    operating_temp_max_c        REAL,
    insulation_temp_max_c       REAL,

    -- commercial data and compliance
    packaging_unit              INTEGER CHECK (packaging_unit > 0),
    packaging_type              TEXT,
    country_of_origin           TEXT,
    gtin                        TEXT,
    customs_tariff              TEXT,
    rohs_status                 TEXT,

    CHECK (mating_force_min_n IS NULL OR mating_force_max_n IS NULL
           OR mating_force_min_n <= mating_force_max_n),
    CHECK (cable_od_min_mm IS NULL OR cable_od_max_mm IS NULL OR cable_od_min_mm <= cable_od_max_mm),
    CHECK (panel_thickness_min_mm IS NULL OR panel_thickness_max_mm IS NULL
           OR panel_thickness_min_mm <= panel_thickness_max_mm)
);

CREATE INDEX part_kind_idx ON part (kind);
CREATE INDEX part_family_idx ON part (family);
CREATE INDEX part_gtin_idx ON part (gtin);

-- Ratings per standard with their conditions.
CREATE TABLE rating (
    id                   INTEGER PRIMARY KEY,
    part_id              INTEGER NOT NULL REFERENCES part (id) ON DELETE CASCADE,
    standard             TEXT NOT NULL,        -- 'IEC/EN 60664-1', 'UL 1977'
    market               TEXT NOT NULL CHECK (market IN ('IEC', 'UL')),
    overvoltage_category TEXT,                 -- 'III'
    pollution_degree     INTEGER,
    voltage_v            REAL,
    impulse_voltage_kv   REAL,
    current_a            REAL,
    condition            TEXT,                 -- e.g. 'for 3-pole load'
    position             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX rating_part_idx ON rating (part_id);

-- One conductor range per conductor class.
CREATE TABLE conductor_range (
    id              INTEGER PRIMARY KEY,
    part_id         INTEGER NOT NULL REFERENCES part (id) ON DELETE CASCADE,
    conductor_class TEXT NOT NULL CHECK (conductor_class IN (
                        'solid', 'solid_push_in', 'stranded', 'fine_stranded',
                        'fine_stranded_insulated_ferrule', 'fine_stranded_uninsulated_ferrule',
                        'fine_stranded_ferrule_push_in')),
    min_mm2         REAL,
    max_mm2         REAL,
    min_awg         INTEGER,
    max_awg         INTEGER,
    UNIQUE (part_id, conductor_class),
    CHECK (min_mm2 IS NULL OR max_mm2 IS NULL OR min_mm2 <= max_mm2)
);

CREATE TABLE approval (
    id          INTEGER PRIMARY KEY,
    part_id     INTEGER NOT NULL REFERENCES part (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('general', 'ul', 'marine', 'declaration')),
    mark        TEXT,                          -- 'CCA', 'cURus', 'ABS', ...
    issuer      TEXT NOT NULL,
    standard    TEXT,
    certificate TEXT,
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX approval_part_idx ON approval (part_id);

-- eCl@ss and ETIM classes, per scheme version.
CREATE TABLE classification (
    part_id INTEGER NOT NULL REFERENCES part (id) ON DELETE CASCADE,
    scheme  TEXT NOT NULL CHECK (scheme IN ('eCl@ss', 'ETIM')),
    version TEXT NOT NULL,
    code    TEXT NOT NULL,
    PRIMARY KEY (part_id, scheme, version)
);

-- Counterparts and accessories as a source lists them.
CREATE TABLE part_relation (
    part_id         INTEGER NOT NULL REFERENCES part (id) ON DELETE CASCADE,
    related_id      INTEGER NOT NULL REFERENCES part (id) ON DELETE CASCADE,
    relation        TEXT NOT NULL CHECK (relation IN ('counterpart', 'accessory')),
    accessory_group TEXT,                      -- 'Cover', 'Locking levers', ...
    required        INTEGER CHECK (required IN (0, 1)), -- NULL: the source does not say
    source_id       INTEGER NOT NULL REFERENCES source (id),
    position        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (part_id, related_id, relation)
);
CREATE INDEX part_relation_related_idx ON part_relation (related_id);

-- Notes on installation and use, in the catalog's own words.
CREATE TABLE note (
    id       INTEGER PRIMARY KEY,
    part_id  INTEGER NOT NULL REFERENCES part (id) ON DELETE CASCADE,
    topic    TEXT NOT NULL,
    text     TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX note_part_idx ON note (part_id);

-- Item numbers that a successor replaced.
CREATE TABLE supersession (
    old_item_number TEXT PRIMARY KEY,
    successor_id    INTEGER NOT NULL REFERENCES part (id) ON DELETE CASCADE,
    source_id       INTEGER NOT NULL REFERENCES source (id)
);

-- The vendor's recommended coding and colour per application.
CREATE TABLE coding_recommendation (
    id          INTEGER PRIMARY KEY,
    application TEXT NOT NULL,
    coding      TEXT,                          -- NULL: the source could not be read reliably
    colour      TEXT NOT NULL,
    source_id   INTEGER NOT NULL REFERENCES source (id)
);

-- Facts about the database itself, e.g. which bundled catalog it holds.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

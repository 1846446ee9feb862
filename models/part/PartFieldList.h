#pragma once

// The one table of the part's scalar fields: the part table's columns with
// their types, in the order a datasheet shows them. Each row is
//   X(Type, EnumName, "column", accessor)
// and generates the PartField value, the column name the database and the
// JSON files use, and the typed accessor of PartFieldValues
// (Text: QString, Real: std::optional<double>, Integer: std::optional<int>,
// Boolean: std::optional<bool>). Numbers carry the unit their name ends in.
#define CC_PART_FIELDS(X) \
    X(Text, ItemNumber, "item_number", itemNumber) \
    X(Text, Description, "description", description) \
    /* identity */ \
    X(Text, Family, "family", family) \
    X(Text, Kind, "kind", kind) \
    X(Text, Gender, "gender", gender) \
    X(Integer, Poles, "poles", poles) \
    X(Integer, Potentials, "potentials", potentials) \
    X(Integer, ConnectionPoints, "connection_points", connectionPoints) \
    X(Text, Coding, "coding", coding) \
    X(Text, Colour, "colour", colour) \
    X(Text, CoverColour, "cover_colour", coverColour) \
    X(Real, CrossSectionMm2, "cross_section_mm2", crossSectionMm2) \
    X(Integer, CrossSectionAwg, "cross_section_awg", crossSectionAwg) \
    X(Text, Mounting, "mounting", mounting) \
    X(Text, Variant, "variant", variant) \
    X(Text, Application, "application", application) \
    X(Text, Url, "url", url) \
    /* connection data */ \
    X(Text, ConnectionTechnology, "connection_technology", connectionTechnology) \
    X(Text, ActuationType, "actuation_type", actuationType) \
    X(Real, StripLengthMm, "strip_length_mm", stripLengthMm) \
    X(Real, ConductorEntryAngleDeg, "conductor_entry_angle_deg", conductorEntryAngleDeg) \
    /* dimensions */ \
    X(Real, PinSpacingMm, "pin_spacing_mm", pinSpacingMm) \
    X(Real, WidthMm, "width_mm", widthMm) \
    X(Real, HeightMm, "height_mm", heightMm) \
    X(Real, DepthMm, "depth_mm", depthMm) \
    X(Real, LengthMm, "length_mm", lengthMm) \
    /* mechanical */ \
    X(Boolean, VariableCoding, "variable_coding", variableCoding) \
    X(Text, Marking, "marking", marking) \
    X(Text, PotentialMarking, "potential_marking", potentialMarking) \
    X(Real, MatingForceMinN, "mating_force_min_n", matingForceMinN) \
    X(Real, MatingForceMaxN, "mating_force_max_n", matingForceMaxN) \
    X(Real, UnmatingForceMinN, "unmating_force_min_n", unmatingForceMinN) \
    X(Real, UnmatingForceMaxN, "unmating_force_max_n", unmatingForceMaxN) \
    X(Real, RetentionForceLockedMinN, "retention_force_locked_min_n", retentionForceLockedMinN) \
    X(Integer, MatingCycles, "mating_cycles", matingCycles) \
    X(Text, ProtectionType, "protection_type", protectionType) \
    X(Text, ProtectionTypeSecured, "protection_type_secured", protectionTypeSecured) \
    X(Text, ContactType, "contact_type", contactType) \
    X(Text, ConnectorConnection, "connector_connection", connectorConnection) \
    X(Boolean, MismatingProtection, "mismating_protection", mismatingProtection) \
    X(Text, LockingLever, "locking_lever", lockingLever) \
    X(Text, LockingType, "locking_type", lockingType) \
    X(Real, ContactResistanceMohm, "contact_resistance_mohm", contactResistanceMohm) \
    X(Real, TransitionResistanceMohm, "transition_resistance_mohm", transitionResistanceMohm) \
    /* accessories */ \
    X(Integer, CableCount, "cable_count", cableCount) \
    X(Real, CableOdMinMm, "cable_od_min_mm", cableOdMinMm) \
    X(Real, CableOdMaxMm, "cable_od_max_mm", cableOdMaxMm) \
    X(Real, PanelThicknessMinMm, "panel_thickness_min_mm", panelThicknessMinMm) \
    X(Real, PanelThicknessMaxMm, "panel_thickness_max_mm", panelThicknessMaxMm) \
    X(Text, Operation, "operation", operation) \
    X(Text, ForMounting, "for_mounting", forMounting) \
    X(Text, ForKinds, "for_kinds", forKinds) \
    X(Boolean, Separable, "separable", separable) \
    X(Text, Material, "material", material) \
    X(Real, BladeWidthMm, "blade_width_mm", bladeWidthMm) \
    X(Real, BladeThicknessMm, "blade_thickness_mm", bladeThicknessMm) \
    /* material */ \
    X(Text, MaterialGroup, "material_group", materialGroup) \
    X(Text, InsulationMaterial, "insulation_material", insulationMaterial) \
    X(Text, FlammabilityClass, "flammability_class", flammabilityClass) \
    X(Text, ClampingSpringMaterial, "clamping_spring_material", clampingSpringMaterial) \
    X(Text, ContactMaterial, "contact_material", contactMaterial) \
    X(Text, ContactPlating, "contact_plating", contactPlating) \
    X(Real, FireLoadMj, "fire_load_mj", fireLoadMj) \
    X(Real, WeightG, "weight_g", weightG) \
    /* environment */ \
    X(Real, ProcessingTempMinC, "processing_temp_min_c", processingTempMinC) \
    X(Real, ProcessingTempMaxC, "processing_temp_max_c", processingTempMaxC) \
    X(Real, OperatingTempMinC, "operating_temp_min_c", operatingTempMinC) \
    X(Real, OperatingTempMaxC, "operating_temp_max_c", operatingTempMaxC) \
    X(Real, InsulationTempMaxC, "insulation_temp_max_c", insulationTempMaxC) \
    /* commercial and compliance */ \
    X(Integer, PackagingUnit, "packaging_unit", packagingUnit) \
    X(Text, PackagingType, "packaging_type", packagingType) \
    X(Text, CountryOfOrigin, "country_of_origin", countryOfOrigin) \
    X(Text, Gtin, "gtin", gtin) \
    X(Text, CustomsTariff, "customs_tariff", customsTariff) \
    X(Text, RohsStatus, "rohs_status", rohsStatus) \
    X(Text, Manufacturer, "manufacturer", manufacturer) \
    X(Text, ManufacturerItemNumber, "manufacturer_item_number", manufacturerItemNumber) \
    X(Text, SupplierItemNumber, "supplier_item_number", supplierItemNumber)

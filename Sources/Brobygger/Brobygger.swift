@_exported import BrobyggerAgreements
@_exported import BrobyggerCarePlans
@_exported import BrobyggerCore
@_exported import BrobyggerDischarge
@_exported import BrobyggerFHIR
@_exported import BrobyggerRelationalCoordination
@_exported import BrobyggerResidents
@_exported import BrobyggerStores

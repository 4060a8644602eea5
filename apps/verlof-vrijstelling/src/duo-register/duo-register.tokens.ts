/**
 * Injection token of DUO's register vrijstellingen en vervangende leerplicht: the simulator client
 * locally, swappable (tests, operations, the production channel) without touching the sender.
 */
export const DUO_VRIJSTELLINGENREGISTER = Symbol('DUO_VRIJSTELLINGENREGISTER');

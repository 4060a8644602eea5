/**
 * The five phases of methodisch handelen of the Methodische Aanpak Schoolverzuim (verzuim.md §4.4;
 * 002 §7 "de vijf fasen"). Profiles that follow the MAS use them; 001 §1.5 names its own five.
 */
export const MAS_FASEN = ['waarnemen', 'analyseren', 'plannen', 'handelen', 'evalueren'];

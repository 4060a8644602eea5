export * from './valideer-verzuimmelding';

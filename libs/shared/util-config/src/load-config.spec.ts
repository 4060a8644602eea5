import { z } from 'zod';
import { ConfigError, baseServiceEnv, loadConfig, port, requireProductionSecrets } from './load-config';

describe('loadConfig', () => {
  const schema = baseServiceEnv.extend({ PORT: port });

  it('applies the defaults of every variable not set', () => {
    const config = loadConfig(schema, { PORT: '4002' });
    expect(config).toMatchObject({ PORT: 4002, NODE_ENV: 'development', KAFKA_BROKERS: ['127.0.0.1:9092'], KEYCLOAK_REALM: 'leerrecht' });
  });

  it('stops with a message that names each bad variable, without echoing its value', () => {
    let error: unknown;
    try {
      loadConfig(schema, { PORT: 'vierduizend', LOG_LEVEL: 'loud', PSEUDONYM_KEY: 'kort-geheim' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT');
    expect(message).toContain('LOG_LEVEL');
    expect(message).toContain('PSEUDONYM_KEY');
    expect(message).not.toContain('kort-geheim');
    expect((error as ConfigError).problems.map((p) => p.variable).sort()).toEqual(['LOG_LEVEL', 'PORT', 'PSEUDONYM_KEY']);
  });

  it('splits and trims comma lists', () => {
    expect(loadConfig(z.object({ KAFKA_BROKERS: baseServiceEnv.shape.KAFKA_BROKERS }), { KAFKA_BROKERS: 'a:1, b:2' }).KAFKA_BROKERS).toEqual(['a:1', 'b:2']);
  });
});

describe('requireProductionSecrets', () => {
  it('refuses the public development pseudonym key in production only', () => {
    const production = loadConfig(baseServiceEnv, { NODE_ENV: 'production' });
    expect(() => requireProductionSecrets(production)).toThrow(/PSEUDONYM_KEY/);
    expect(() => requireProductionSecrets(loadConfig(baseServiceEnv, {}))).not.toThrow();
    expect(() => requireProductionSecrets(loadConfig(baseServiceEnv, { NODE_ENV: 'production', PSEUDONYM_KEY: 'x'.repeat(40) }))).not.toThrow();
  });
});

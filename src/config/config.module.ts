import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { AppConfig } from './app-config.js';
import { validateEnvironment } from './environment.js';

export interface ConfigSource {
  env: Record<string, string | undefined>;
  postgresSchema?: string;
  /** A one-off command: no HTTP server, workers or schedulers. */
  cli?: boolean;
}

/**
 * Validates the given environment with @nestjs/config at boot; a bad value stops
 * the start with a message naming the variable. main.ts passes process.env;
 * tests pass their own map so parallel test files never share globals.
 */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(source: ConfigSource): DynamicModule {
    return {
      module: AppConfigModule,
      imports: [
        ConfigModule.forRoot({
          ignoreEnvFile: true,
          skipProcessEnv: true,
          load: [() => ({ app: new AppConfig(validateEnvironment(source.env), source) })],
        }),
      ],
      providers: [
        {
          provide: AppConfig,
          inject: [ConfigService],
          useFactory: (config: ConfigService) => config.get<AppConfig>('app'),
        },
      ],
      exports: [AppConfig],
    };
  }
}

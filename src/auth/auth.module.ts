import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountController } from './account.controller.js';
import { AuthLimitsService } from './auth-limits.service.js';
import { Authenticator } from './authenticator.service.js';
import { ReviewerDirectory } from './reviewer-directory.js';
import { AuthSession } from './sessions/auth-session.entity.js';
import { SessionsService } from './sessions/sessions.service.js';
import { ApiToken } from './tokens/api-token.entity.js';
import { TokensController } from './tokens/tokens.controller.js';
import { TokensService } from './tokens/tokens.service.js';
import { User } from './user.entity.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';
import { PasswordSignIn } from './password-sign-in.js';

@Module({
  imports: [TypeOrmModule.forFeature([User, ApiToken, AuthSession])],
  controllers: [UsersController, AccountController, TokensController],
  providers: [
    UsersService,
    TokensService,
    SessionsService,
    Authenticator,
    AuthLimitsService,
    PasswordSignIn,
    ReviewerDirectory,
  ],
  exports: [
    UsersService,
    SessionsService,
    Authenticator,
    AuthLimitsService,
    PasswordSignIn,
    ReviewerDirectory,
  ],
})
export class AuthModule {}

import { ForbiddenException } from '@nestjs/common';

/** 403, not 401: the caller is authenticated, the password they typed is not right. */
export class WrongPassword extends ForbiddenException {}

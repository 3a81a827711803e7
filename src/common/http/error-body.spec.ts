import {
  ForbiddenException,
  HttpException,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import type { ArgumentsHost } from '@nestjs/common';
import { ComplaintTransitionError } from '../../complaints/domain/complaint-lifecycle.js';
import { PeriodError } from '../../qa/domain/periods.js';
import { TrialRuleError } from '../../trials/domain/trial.errors.js';
import {
  ConflictError,
  DomainError,
  type ErrorKind,
  inField,
  InvalidInputError,
  NotFoundError,
} from '../errors.js';
import { AllExceptionsFilter } from './all-exceptions.filter.js';
import { errorBody, errorStatus, KIND_STATUS, validationFailed } from './error-body.js';
import { JsonTooDeepError } from './json-depth.js';

const body = (err: unknown) => errorBody(err, 'req-1').body;

describe('error body: the one mapping of errors to HTTP', () => {
  it.each<[ErrorKind, number]>([
    ['invalid', 400],
    ['unauthorized', 401],
    ['forbidden', 403],
    ['not_found', 404],
    ['conflict', 409],
    ['too_large', 413],
    ['unsupported_media', 415],
    ['unavailable', 503],
  ])('a DomainError of kind %s is a %i carrying its code and message', (kind, status) => {
    expect(KIND_STATUS[kind]).toBe(status);
    expect(body(new DomainError(kind, 'SOME_CODE', 'what went wrong'))).toEqual({
      statusCode: status,
      code: 'SOME_CODE',
      error: expect.any(String),
      message: 'what went wrong',
      requestId: 'req-1',
    });
  });

  it('pure-core rule errors keep their own code: no prefix in the message', () => {
    expect(body(new TrialRuleError('STEP_ORDER', 'Step 2 needs step 1 done first'))).toMatchObject({
      statusCode: 409,
      code: 'STEP_ORDER',
      error: 'Conflict',
      message: 'Step 2 needs step 1 done first',
    });
    expect(body(new ComplaintTransitionError('closed', 'valid'))).toMatchObject({
      statusCode: 409,
      code: 'COMPLAINT_TRANSITION_NOT_ALLOWED',
      message: 'complaint cannot move from closed to valid; it is closed',
    });
  });

  it('generic subclasses default their code', () => {
    expect(body(new NotFoundError('trial 7'))).toMatchObject({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'trial 7 not found',
    });
    expect(body(new ConflictError('taken', 'USERNAME_TAKEN')).code).toBe('USERNAME_TAKEN');
    expect(body(new InvalidInputError('phone: bad')).code).toBe('INVALID_INPUT');
  });

  it('inField names the request field and keeps kind and code', () => {
    const run = () =>
      inField('period', () => {
        throw new PeriodError('A weekly period is an ISO week YYYY-Www, got "x"');
      });
    expect(run).toThrow(DomainError);
    let thrown: unknown;
    try {
      run();
    } catch (err) {
      thrown = err;
    }
    expect(body(thrown)).toMatchObject({
      statusCode: 400,
      code: 'INVALID_PERIOD',
      message: 'period: A weekly period is an ISO week YYYY-Www, got "x"',
    });
    expect(() => inField('x', () => JSON.parse('{'))).toThrow(SyntaxError);
    expect(inField('x', () => 3)).toBe(3);
  });

  it('validation failures are 400 VALIDATION_FAILED with one message per field', () => {
    expect(body(validationFailed(['phone must be a string', 'startedAt: bad']))).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      error: 'Bad Request',
      message: ['phone must be a string', 'startedAt: bad'],
      requestId: 'req-1',
    });
    expect(body(validationFailed('step must be 1 or 2, got "3"')).message).toBe(
      'step must be 1 or 2, got "3"',
    );
  });

  it('Nest exceptions from guards take the status name as code', () => {
    expect(body(new UnauthorizedException('sign in'))).toMatchObject({
      statusCode: 401,
      code: 'UNAUTHORIZED',
      message: 'sign in',
    });
    expect(body(new ForbiddenException('Role agent may not do this')).code).toBe('FORBIDDEN');
    expect(body(new NotFoundException()).code).toBe('NOT_FOUND');
    expect(body(new HttpException('teapot', 418))).toMatchObject({
      statusCode: 418,
      code: 'I_AM_A_TEAPOT',
    });
  });

  it('body-parser and multer failures get their own codes', () => {
    expect(body(new JsonTooDeepError())).toMatchObject({ statusCode: 400, code: 'JSON_TOO_DEEP' });
    const parse = Object.assign(new Error('Unexpected token'), { type: 'entity.parse.failed' });
    expect(body(new HttpException('Bad Request', 400, { cause: parse }))).toMatchObject({
      statusCode: 400,
      code: 'MALFORMED_JSON',
      message: 'Malformed JSON in request body',
    });
    const large = Object.assign(new Error('too large'), { type: 'entity.too.large', limit: 10 });
    expect(body(large)).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
    const multer = Object.assign(new Error('File too large'), { code: 'LIMIT_FILE_SIZE' });
    expect(body(multer)).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('anything else is a 500 INTERNAL naming only the request id', () => {
    const secret = new Error('SQLITE_ERROR: no such table calls at 13812345678');
    const { body: b, unexpected } = errorBody(secret, 'req-9');
    expect(unexpected).toBe(true);
    expect(b).toEqual({
      statusCode: 500,
      code: 'INTERNAL',
      error: 'Internal Server Error',
      message: 'Unexpected error; quote request id req-9 when reporting it',
      requestId: 'req-9',
    });
    expect(errorStatus(secret)).toBe(500);
    expect(errorStatus(new TrialRuleError('TRIAL_CLOSED', 'closed'))).toBe(409);
  });

  it('the filter writes that body with its status', () => {
    const sent: { status?: number; json?: unknown } = {};
    const res = {
      headersSent: false,
      status(s: number) {
        sent.status = s;
        return this;
      },
      json(j: unknown) {
        sent.json = j;
      },
    };
    const host = {
      switchToHttp: () => ({ getRequest: () => ({ id: 42 }), getResponse: () => res }),
    } as unknown as ArgumentsHost;
    new AllExceptionsFilter().catch(new NotFoundError('call 5'), host);
    expect(sent).toEqual({
      status: 404,
      json: {
        statusCode: 404,
        code: 'NOT_FOUND',
        error: 'Not Found',
        message: 'call 5 not found',
        requestId: '42',
      },
    });
  });
});

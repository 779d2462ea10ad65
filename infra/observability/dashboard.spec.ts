import { alarmSpecs } from './alarm-specs';
import { environmentPattern, operationsDashboardBody, recentErrorsQuery } from './dashboard';
import { monitoredFunctions } from './thresholds';
import { TEST_ACCOUNT, TEST_REGION } from '../testing/mocks';

const alarmArn = (name: string) => `arn:aws:cloudwatch:${TEST_REGION}:${TEST_ACCOUNT}:alarm:${name}`;

interface DashboardBody {
  readonly variables: { type: string; inputType: string; defaultValue: string; values: { value: string }[] }[];
  readonly widgets: unknown[];
}

function dashboardFor(environment: string): DashboardBody {
  const alarmArns = alarmSpecs({ environment, websocketApiId: 'ws', accountConcurrencyLimit: 1000 }).map((a) => alarmArn(a.name));
  return operationsDashboardBody({ environment, region: TEST_REGION, alarmArns }) as unknown as DashboardBody;
}

describe('the operations dashboard body', () => {
  it('queries each monitored log group with its own SOURCE clause and one shared query body', () => {
    const sut = recentErrorsQuery('prod');
    const sources = sut.split(' | ').filter((part) => part.startsWith('SOURCE '));
    expect(sources).toEqual(monitoredFunctions().map((fn) => `SOURCE '/aws/lambda/prod-${fn}'`));
    expect(sut).not.toMatch(/SOURCE '[^']*,/);
    expect(sut.split(' | ').slice(sources.length)[0]).toMatch(/^fields /);
  });

  it('switches to exactly the prod dashboard when the Environment variable selects prod', () => {
    const dev = dashboardFor('dev');
    const [variable] = dev.variables;
    expect(variable).toMatchObject({ type: 'pattern', inputType: 'select', defaultValue: 'dev' });
    expect(variable.values.map((v: { value: string }) => v.value)).toEqual(['dev', 'prod']);

    const switched = JSON.stringify(dev.widgets).replace(new RegExp(environmentPattern('dev'), 'g'), 'prod');

    expect(switched).toBe(JSON.stringify(dashboardFor('prod').widgets));
  });

  it('has widgets for the REST API, WebSocket API, Lambda, SQS and DynamoDB', () => {
    const body = JSON.stringify(dashboardFor('dev').widgets);
    for (const namespace of ['AWS/ApiGateway', 'AWS/Lambda', 'AWS/SQS', 'AWS/DynamoDB']) expect(body).toContain(namespace);
    expect(body).toContain('{AWS/ApiGateway,ApiId,Stage} Stage=\\"dev\\"');
  });
});

import nock from "nock";

// No test reaches the real network; mocks from one file never leak into the next.
nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);

afterAll(() => {
  nock.cleanAll();
  nock.restore();
});

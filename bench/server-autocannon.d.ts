// The part of autocannon's API the server benchmark uses (the package ships no types).
declare module 'autocannon' {
  type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  type Histogram = { average: number; p50: number; p90: number; p99: number; max: number };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    requests?: Array<Request & { setupRequest?: (req: Request) => Request }>;
  };
  type Result = { requests: Histogram; latency: Histogram; throughput: Histogram; errors: number; non2xx: number; timeouts: number };
  export default function autocannon(options: Options): Promise<Result>;
}

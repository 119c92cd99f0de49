import type { Domain } from '../../ipc';
import type { InsightsService } from './insights-service';

/** The insights channels: marking, describing, listing and deleting insights. */
export function insightsDomain(insights: InsightsService): Domain {
  return {
    name: 'insights',
    handlers: {
      'insights:list': (query) => insights.list(query),
      'insights:get': ({ id }) => insights.get(id),
      'insights:create': (input) => insights.create(input),
      'insights:update': ({ id, patch }) => insights.update(id, patch),
      'insights:delete': ({ id }) => insights.delete(id),
    },
  };
}

import { useCallback, useEffect, useState } from 'react';
import type { Prompt, TagCount } from '../../../../shared/entries/entry-contract';
import { journal } from '../../journal';
import { unwrap } from '../../lib/result';

/** The journal's tags with their counts; `reload` after an edit that may add or remove one. */
export function useTags() {
  const [tags, setTags] = useState<TagCount[]>([]);
  const reload = useCallback(async () => {
    setTags(await unwrap(journal().tags.list()).catch(() => []));
  }, []);
  useEffect(() => void reload(), [reload]);
  return { tags, setTags, reload };
}

export function usePrompts() {
  const [prompts, setPrompts] = useState<Prompt[]>([]);
  useEffect(() => {
    void unwrap(journal().prompts.list()).then(setPrompts, () => undefined);
  }, []);
  return { prompts, setPrompts };
}

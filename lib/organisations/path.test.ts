import { describe, expect, it } from 'vitest';
import { parseOrganisationPath } from '@/lib/organisations/path';

const errorOf = (text: string) => {
  const parsed = parseOrganisationPath(text);
  if (parsed.ok) throw new Error(`expected “${text}” to fail, got ${JSON.stringify(parsed.segments)}`);
  return parsed.error;
};

describe('an organisation path from the command line', () => {
  it('reads each segment’s level from its name, top first', () => {
    expect(parseOrganisationPath('中共额济纳旗委员会/旗直机关党工委/旗财政局党总支')).toEqual({
      ok: true,
      segments: [
        { name: '中共额济纳旗委员会', level: 'party_committee' },
        { name: '旗直机关党工委', level: 'working_committee' },
        { name: '旗财政局党总支', level: 'general_branch' },
      ],
    });
  });

  it('takes a single segment', () => {
    expect(parseOrganisationPath('额济纳旗旗直机关党工委')).toEqual({
      ok: true,
      segments: [{ name: '额济纳旗旗直机关党工委', level: 'working_committee' }],
    });
  });

  it('takes a level stated after “=”, by its Chinese name or its code, over what the name says', () => {
    expect(parseOrganisationPath('市直机关=党委/机关事务中心=党总支/教育系统=working_committee')).toEqual({
      ok: true,
      segments: [
        { name: '市直机关', level: 'party_committee' },
        { name: '机关事务中心', level: 'general_branch' },
        { name: '教育系统', level: 'working_committee' },
      ],
    });
    const stated = parseOrganisationPath('旗直机关党工委=党委');
    expect(stated.ok && stated.segments).toEqual([{ name: '旗直机关党工委', level: 'party_committee' }]);
  });

  it('trims every segment and the parts around “=”, and reads full-width “／” and “＝”', () => {
    expect(parseOrganisationPath('  中共某县委员会 /  机关事务中心 = 党总支 ')).toEqual({
      ok: true,
      segments: [
        { name: '中共某县委员会', level: 'party_committee' },
        { name: '机关事务中心', level: 'general_branch' },
      ],
    });
    expect(parseOrganisationPath('中共某县委员会／机关事务中心＝党总支')).toEqual({
      ok: true,
      segments: [
        { name: '中共某县委员会', level: 'party_committee' },
        { name: '机关事务中心', level: 'general_branch' },
      ],
    });
  });

  it('refuses an empty path and empty segments, naming the segment', () => {
    expect(errorOf('')).toBe('组织路径为空');
    expect(errorOf('   ')).toBe('组织路径为空');
    expect(errorOf('中共某县委员会//某党总支')).toContain('第 2 段为空');
    expect(errorOf('中共某县委员会/ /某党总支')).toContain('第 2 段为空');
    expect(errorOf('/中共某县委员会')).toContain('第 1 段为空');
    expect(errorOf('中共某县委员会/')).toContain('第 2 段为空');
    expect(errorOf('中共某县委员会/=党总支')).toContain('第 2 段“=党总支”缺少名称');
  });

  it('refuses a stated level it does not know, naming the segment and the levels', () => {
    const error = errorOf('中共某县委员会/机关事务中心=党支部');
    expect(error).toContain('第 2 段“机关事务中心=党支部”');
    expect(error).toContain('“党支部”无效');
    expect(error).toContain('党委、党工委、党总支');
    expect(errorOf('机关事务中心=')).toContain('层级“”无效');
    expect(errorOf('机关事务中心=党总支=党委')).toContain('多个“=”');
  });

  it('refuses a name that does not say its level, and says how to state it', () => {
    const error = errorOf('中共某县委员会/机关事务中心');
    expect(error).toContain('第 2 段“机关事务中心”');
    expect(error).toContain('机关事务中心=党委');
  });

  it('refuses a 党支部 in the path: a branch is given with --branch', () => {
    expect(errorOf('某党工委/统计局党支部')).toContain('请用 --branch');
    expect(errorOf('某党工委/统计局支部委员会=党总支')).toContain('第 2 段“统计局支部委员会”是党支部');
    expect(parseOrganisationPath('某党工委/统计局党总支部委员会').ok).toBe(true);
  });
});

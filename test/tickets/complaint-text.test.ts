import { describe, expect, it } from 'vitest';
import { parseComplaintText } from '../../handlers/tickets/complaint-text';

describe('parseComplaintText', () => {
  it('should read the anonymity prefix in the ways people type it', () => {
    expect(parseComplaintText('匿名：住建局拖着不办')).toEqual({
      anonymous: true,
      marked: true,
      body: '住建局拖着不办',
    });
    expect(parseComplaintText('匿名 住建局拖着不办')).toEqual({
      anonymous: true,
      marked: true,
      body: '住建局拖着不办',
    });
    expect(parseComplaintText('【匿名】住建局拖着不办')).toEqual({
      anonymous: true,
      marked: true,
      body: '住建局拖着不办',
    });
    expect(parseComplaintText('实名反映：住建局拖着不办')).toEqual({
      anonymous: false,
      marked: true,
      body: '住建局拖着不办',
    });
    expect(parseComplaintText('投诉：住建局拖着不办')).toEqual({
      anonymous: null,
      marked: true,
      body: '住建局拖着不办',
    });
  });

  it('should not take a word run into the text for a prefix, nor mark a glued 匿名举报', () => {
    expect(parseComplaintText('匿名信的事情怎么处理')).toEqual({
      anonymous: null,
      marked: false,
      body: '匿名信的事情怎么处理',
    });
    expect(parseComplaintText('反映一下住建局的问题')).toMatchObject({ marked: false, anonymous: null });
    expect(parseComplaintText('匿名举报会被打击报复吗')).toEqual({
      anonymous: true,
      marked: false,
      body: '会被打击报复吗',
    });
    expect(parseComplaintText('  住建局拖着不办 ')).toEqual({
      anonymous: null,
      marked: false,
      body: '住建局拖着不办',
    });
  });
});

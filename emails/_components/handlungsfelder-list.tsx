import { HANDLUNGSFELDER } from '../../functions/questionnaire/handlungsfelder';
import * as s from './styles';

/** The six Handlungsfelder of the Rahmenvereinbarung, numbered, titles verbatim. */
export const HandlungsfelderList = () => (
  <ol style={s.list}>
    {HANDLUNGSFELDER.map((hf) => (
      <li key={hf.id} style={s.listItem}>
        {hf.titel}
      </li>
    ))}
  </ol>
);

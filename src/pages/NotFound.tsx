import TravelExploreOutlined from '@mui/icons-material/TravelExploreOutlined';
import { useTranslate } from 'react-admin';
import { MessagePage } from './MessagePage';

export default function NotFound() {
  const translate = useTranslate();
  return (
    <MessagePage
      icon={<TravelExploreOutlined />}
      title={translate('kontor.not_found.title')}
      message={translate('kontor.not_found.message')}
      homeLabel={translate('kontor.not_found.home')}
    />
  );
}

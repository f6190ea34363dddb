import { ReferenceInput } from 'react-admin';
import { PresetSwitch } from '../../components/PresetSwitch';
import { ScanSearchInput } from './ScanSearchInput';
import { warehouseFilter } from './warehouseFilter';

export const stockLevelFilters = [
  <ScanSearchInput key="q" source="q" alwaysOn />,
  warehouseFilter,
  <ReferenceInput key="categoryId" source="categoryId" reference="categories" />,
  <PresetSwitch key="lowStock" source="lowStock" value={true} />,
  <PresetSwitch key="outOfStock" source="outOfStock" value={true} />,
  <PresetSwitch key="available_lt" source="available_lt" value={0} />,
];

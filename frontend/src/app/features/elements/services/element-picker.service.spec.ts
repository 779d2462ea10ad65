import { TestBed } from '@angular/core/testing';
import { profileFactory } from '../../../../testing/factories';
import { loadProfile } from '../../../../testing/profile';
import { provideTestHttp } from '../../../../testing/providers';
import { DrawerService } from '../../shell/services/drawer.service';
import { ElementPicker } from '../components/element-picker';
import { PickableElement } from './element-catalogue';
import { ElementPickerService } from './element-picker.service';

describe('ElementPickerService', () => {
  let sut: ElementPickerService;
  let drawer: DrawerService;
  const iodine = { elementId: 'iodine', name: 'Iodine' } as PickableElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    sut = TestBed.inject(ElementPickerService);
    drawer = TestBed.inject(DrawerService);
    await loadProfile(profileFactory());
  });

  const chooseIn = () => drawer.content()?.inputs?.['choose'] as (element: PickableElement) => void;

  it('opens the selected tank’s list in the drawer and resolves with the pick', async () => {
    const picking = sut.pick({ kind: 'test', chosenIds: ['calcium'] });

    expect(drawer.content()).toMatchObject({
      title: 'Choose a test',
      component: ElementPicker,
      inputs: { kind: 'test', tankId: 'tank-1', chosenIds: ['calcium'], focusSearch: true },
    });
    chooseIn()(iodine);

    await expect(picking).resolves.toBe(iodine);
    expect(drawer.content()).toBeNull();
  });

  it('resolves with nothing when the keeper closes the drawer', async () => {
    const picking = sut.pick({ kind: 'dose' });

    drawer.close();

    await expect(picking).resolves.toBeNull();
  });

  it('opens a list to look through, without picking', () => {
    sut.browse('dose');

    expect(drawer.content()).toMatchObject({
      title: 'What you can dose',
      inputs: { kind: 'dose', tankId: 'tank-1', browseOnly: true },
    });
  });
});
